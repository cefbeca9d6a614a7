window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "tane.whitirangi@example.net",
      "createdVia" : "android",
      "username" : "bluff_dredge_tane",
      "accountId" : "1587234409912873984",
      "createdAt" : "2022-11-01T06:14:52.337Z",
      "accountDisplayName" : "Tāne Whitirangi 🦪"
    }
  }
]
