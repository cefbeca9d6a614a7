window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1452207783301455872",
      "screenNameChange" : {
        "changedAt" : "2022-03-19T08:41:12.000Z",
        "changedFrom" : "milica_kamenari",
        "changedTo" : "milica_oyster_boka"
      }
    }
  },
  {
    "screenNameChange" : {
      "accountId" : "1452207783301455872",
      "screenNameChange" : {
        "changedAt" : "2024-06-02T17:05:44.000Z",
        "changedFrom" : "milica_oyster_boka",
        "changedTo" : "kamenari_kamenice"
      }
    }
  }
]