window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "maelle.rousset@example.net",
      "createdVia" : "web",
      "username" : "maelle_luthiere",
      "accountId" : "1178496023417856001",
      "createdAt" : "2019-09-30T08:41:17.384Z",
      "accountDisplayName" : "Maëlle Rousset-Diallo 🎻"
    }
  }
]