window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "bisera.talevska@example.com",
      "createdVia" : "oauth:258901",
      "username" : "bisera_camci",
      "accountId" : "1127139940989436150",
      "createdAt" : "2019-05-11T09:14:37.836Z",
      "accountDisplayName" : "Бисера Талевска ⛵"
    }
  }
]