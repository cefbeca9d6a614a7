window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "hrafnhildur.puffins@example.net",
      "createdVia" : "oauth:258901",
      "username" : "puffin_ringer_ak",
      "accountId" : "1620445190377283584",
      "createdAt" : "2023-01-31T14:22:07.913Z",
      "accountDisplayName" : "Hrafnhildur Ó. 🐧 lundi"
    }
  }
]
