window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1287344061902254081",
      "screenNameChange" : {
        "changedAt" : "2021-04-18T16:30:05.000Z",
        "changedFrom" : "ingvild_padler",
        "changedTo" : "halden_kajakk_ib"
      }
    }
  }
]
