window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "nangula.shikongo.birds@example.org",
      "createdVia" : "android",
      "username" : "nangula_flamingos",
      "accountId" : "1683920457718362113",
      "createdAt" : "2023-07-25T16:04:51.227Z",
      "accountDisplayName" : "Nangula Shikongo 🦩"
    }
  }
]