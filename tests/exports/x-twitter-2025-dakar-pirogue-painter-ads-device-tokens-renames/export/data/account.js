window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "aissatou.ndiaye.pirogues@example.com",
      "createdVia" : "android",
      "username" : "aissa_pirogues",
      "accountId" : "1298417730164293633",
      "createdAt" : "2020-08-25T23:41:12.908Z",
      "accountDisplayName" : "Aïssatou Ndiaye 🎨🛶"
    }
  }
]