window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "dana@frenchbroadclay.example.com",
      "createdVia" : "web",
      "username" : "frenchbroadclay",
      "accountId" : "1402278861937180673",
      "createdAt" : "2021-06-08T14:52:07.311Z",
      "accountDisplayName" : "Dana Whitcombe · French Broad Clay"
    }
  }
]