window.YTD.account.part0 = [ {
  "account" : {
    "phoneNumber" : "+447700900873",
    "email" : "montse.puigdollers@example.com",
    "createdVia" : "web",
    "username" : "montse_castells",
    "accountId" : "842617305",
    "createdAt" : "2012-09-22T17:48:03.000Z",
    "accountDisplayName" : "Montse Puigdollers \uD83C\uDFF0"
  }
} ]