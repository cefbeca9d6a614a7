window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "pema.tamang@example.net",
      "createdVia" : "web",
      "username" : "kalimpong_leaf",
      "accountId" : "1651239948310376448",
      "createdAt" : "2023-04-26T14:08:51.377Z",
      "accountDisplayName" : "Pema Lhamu Tamang"
    }
  }
]