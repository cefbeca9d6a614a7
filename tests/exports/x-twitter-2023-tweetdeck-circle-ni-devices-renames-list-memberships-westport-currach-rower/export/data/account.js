window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "aoife.nimhaille@example.net",
      "createdVia" : "web",
      "username" : "aoife_currach",
      "accountId" : "2847193056",
      "createdAt" : "2014-10-08T17:52:31.000Z",
      "accountDisplayName" : "Aoife Ní Mháille 🚣"
    }
  }
]
