window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "2847193056",
      "screenNameChange" : {
        "changedAt" : "2020-04-02T08:41:55.000Z",
        "changedFrom" : "aoife_rows",
        "changedTo" : "aoifeNiMhaille"
      }
    }
  },
  {
    "screenNameChange" : {
      "accountId" : "2847193056",
      "screenNameChange" : {
        "changedAt" : "2022-05-14T21:07:13.000Z",
        "changedFrom" : "aoifeNiMhaille",
        "changedTo" : "aoife_currach"
      }
    }
  }
]
