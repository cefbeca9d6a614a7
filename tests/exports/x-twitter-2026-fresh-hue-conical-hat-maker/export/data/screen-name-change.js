window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1103841402994923047",
      "screenNameChange" : {
        "changedAt" : "2019-03-08T02:28:02.000Z",
        "changedFrom" : "MinhCha41583207",
        "changedTo" : "minhchau_nonla"
      }
    }
  }
]