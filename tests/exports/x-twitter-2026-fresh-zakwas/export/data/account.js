window.YTD.account.part0 = [ {
  "account" : {
    "email" : "bartek.wrzesinski@example.org",
    "createdVia" : "oauth:129032",
    "username" : "bartek_zakwas",
    "accountId" : "1157179544373821440",
    "createdAt" : "2019-08-02T06:41:17.392Z",
    "accountDisplayName" : "Bartek Wrzesiński 🍞"
  }
} ]