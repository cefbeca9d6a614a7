window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "minhchau.tonnu@example.com",
      "createdVia" : "oauth:258901",
      "username" : "minhchau_nonla",
      "accountId" : "1103841402994923047",
      "createdAt" : "2019-03-08T02:14:33.512Z",
      "accountDisplayName" : "Minh Châu 🎋 Nón lá Huế"
    }
  }
]