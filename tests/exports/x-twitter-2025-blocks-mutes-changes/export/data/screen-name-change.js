window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1288416702934118401",
      "screenNameChange" : {
        "changedAt" : "2022-11-02T18:05:31.000Z",
        "changedFrom" : "ottie_fenwick",
        "changedTo" : "ottie_potters_wheel"
      }
    }
  },
  {
    "screenNameChange" : {
      "accountId" : "1288416702934118401",
      "screenNameChange" : {
        "changedAt" : "2025-04-27T07:51:12.000Z",
        "changedFrom" : "ottie_potters_wheel",
        "changedTo" : "ottie_glazes"
      }
    }
  }
]
