window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1429907731524018177",
      "screenNameChange" : {
        "changedAt" : "2022-04-03T11:52:19.000Z",
        "changedFrom" : "wiene_v",
        "changedTo" : "WieneOpHetStrand"
      }
    }
  },
  {
    "screenNameChange" : {
      "accountId" : "1429907731524018177",
      "screenNameChange" : {
        "changedAt" : "2024-02-18T16:08:44.000Z",
        "changedFrom" : "WieneOpHetStrand",
        "changedTo" : "WieneVerbrugge_"
      }
    }
  }
]
