window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "709486183076701121",
      "screenNameChange" : {
        "changedAt" : "2016-03-14T21:11:05.000Z",
        "changedFrom" : "IngridHalcrow2",
        "changedTo" : "ingrid_simmer"
      }
    }
  }
]