window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "kirra.vandenberg@example.net",
      "createdVia" : "android",
      "username" : "kirra_icecargo",
      "accountId" : "1621907345521876993",
      "createdAt" : "2023-02-04T08:17:26.904Z",
      "accountDisplayName" : "Kirra Vandenberg 🧊📦"
    }
  }
]