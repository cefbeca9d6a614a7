window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "nakato.ssekandi@example.com",
      "createdVia" : "web",
      "username" : "nakato_bodasafe",
      "accountId" : "1197412921504950588",
      "createdAt" : "2019-11-21T07:14:22.318Z",
      "accountDisplayName" : "Nakato Ssekandi 🏍️🦺"
    }
  }
]