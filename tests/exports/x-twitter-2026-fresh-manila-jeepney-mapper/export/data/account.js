window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "ligaya.manansala@example.com",
      "createdVia" : "oauth:258901",
      "username" : "ligaya_ruta",
      "accountId" : "1102515700127071238",
      "createdAt" : "2019-03-04T10:26:41.318Z",
      "accountDisplayName" : "Ligaya Manansala 🚌"
    }
  }
]