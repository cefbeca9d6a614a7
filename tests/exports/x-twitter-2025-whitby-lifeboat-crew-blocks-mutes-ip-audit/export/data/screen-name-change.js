window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1316620457781248003",
      "screenNameChange" : {
        "changedAt" : "2021-03-08T10:31:46.000Z",
        "changedFrom" : "tamsinf_whitby",
        "changedTo" : "tamsin_ferrow"
      }
    }
  },
  {
    "screenNameChange" : {
      "accountId" : "1316620457781248003",
      "screenNameChange" : {
        "changedAt" : "2023-11-19T16:02:09.000Z",
        "changedFrom" : "tamsin_ferrow",
        "changedTo" : "tamsin_onshout"
      }
    }
  }
]