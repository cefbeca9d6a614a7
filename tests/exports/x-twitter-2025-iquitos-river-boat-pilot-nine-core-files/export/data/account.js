window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "jhonatan.pacaya.rio@example.com",
      "createdVia" : "oauth:258901",
      "username" : "jhon_pacaya_rio",
      "accountId" : "1272298048239701301",
      "createdAt" : "2020-06-14T22:41:07.512Z",
      "accountDisplayName" : "Jhonatan Pacaya 🚤 Río Amazonas"
    }
  }
]