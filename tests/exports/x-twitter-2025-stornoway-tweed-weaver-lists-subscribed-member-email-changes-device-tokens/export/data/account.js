window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "morag.macaulay@example.org",
      "createdVia" : "web",
      "username" : "morag_tweedloom",
      "accountId" : "1555209384716203",
      "createdAt" : "2016-04-22T19:07:43.000Z",
      "accountDisplayName" : "Mòrag MacAulay 🧶"
    }
  }
]
