window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1127139940989436150",
      "screenNameChange" : {
        "changedAt" : "2019-05-11T09:31:02.000Z",
        "changedFrom" : "BiseraT37790812",
        "changedTo" : "bisera_camci"
      }
    }
  }
]