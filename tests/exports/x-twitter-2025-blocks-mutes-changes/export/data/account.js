window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "o.fenwick-adeyemi@example.net",
      "createdVia" : "android",
      "username" : "ottie_glazes",
      "accountId" : "1288416702934118401",
      "createdAt" : "2020-07-29T14:22:05.118Z",
      "accountDisplayName" : "Ottilie Fenwick-Adeyemi 🏺"
    }
  }
]
