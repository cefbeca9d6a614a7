window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1417730562219847683",
      "screenNameChange" : {
        "changedAt" : "2023-05-14T09:41:27.000Z",
        "changedFrom" : "leonor_ikeda",
        "changedTo" : "leonor_abelhas"
      }
    }
  }
]
