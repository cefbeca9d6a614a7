window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1645200000000000318",
      "screenNameChange" : {
        "changedAt" : "2024-09-03T11:26:40.000Z",
        "changedFrom" : "BjorgJoensen7",
        "changedTo" : "bjorg_strikk"
      }
    }
  },
  {
    "screenNameChange" : {
      "accountId" : "1645200000000000318",
      "screenNameChange" : {
        "changedAt" : "2025-02-17T19:58:12.000Z",
        "changedFrom" : "bjorg_strikk",
        "changedTo" : "bjorg_bindingar"
      }
    }
  }
]