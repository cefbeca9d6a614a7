window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "ximena.quispe.cacao@example.com",
      "createdVia" : "android",
      "username" : "ximena_cacao_scr",
      "accountId" : "1282904417365102592",
      "createdAt" : "2020-07-14T13:52:08.611Z",
      "accountDisplayName" : "Ximena Quispe 🍫 Sucre"
    }
  }
]