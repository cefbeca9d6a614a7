window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1561029384756102938",
      "screenNameChange" : {
        "changedAt" : "2023-02-26T10:33:07.000Z",
        "changedFrom" : "tevita_fl",
        "changedTo" : "ngatu_tevita"
      }
    }
  }
]
