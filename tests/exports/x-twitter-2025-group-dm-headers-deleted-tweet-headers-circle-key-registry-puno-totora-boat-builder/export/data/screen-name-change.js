window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1489203751846612993",
      "screenNameChange" : {
        "changedAt" : "2022-11-02T19:44:03.000Z",
        "changedFrom" : "wilber_totora",
        "changedTo" : "WilberTotoraUros"
      }
    }
  },
  {
    "screenNameChange" : {
      "accountId" : "1489203751846612993",
      "screenNameChange" : {
        "changedAt" : "2024-03-27T08:15:51.000Z",
        "changedFrom" : "WilberTotoraUros",
        "changedTo" : "wilber_balsas_titicaca"
      }
    }
  }
]