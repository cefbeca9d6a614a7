window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "soyul.han@example.com",
      "createdVia" : "oauth:3033294",
      "username" : "soyul_hanji",
      "accountId" : "2571930468",
      "createdAt" : "2014-06-18T11:42:07.512Z",
      "accountDisplayName" : "한소율 Soyul 📜"
    }
  }
]