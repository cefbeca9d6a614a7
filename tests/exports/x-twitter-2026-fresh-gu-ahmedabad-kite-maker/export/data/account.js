window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "hetal.mistry@example.com",
      "createdVia" : "oauth:258901",
      "username" : "hetal_patang",
      "accountId" : "1191722465261431068",
      "createdAt" : "2019-11-05T14:22:31.508Z",
      "accountDisplayName" : "હેતલ મિસ્ત્રી 🪁 Hetal Patang"
    }
  }
]