window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1282904417365102592",
      "screenNameChange" : {
        "changedAt" : "2020-07-14T14:03:51.000Z",
        "changedFrom" : "XimenaQuispe17",
        "changedTo" : "ximequispe_92"
      }
    }
  },
  {
    "screenNameChange" : {
      "accountId" : "1282904417365102592",
      "screenNameChange" : {
        "changedAt" : "2023-03-02T21:17:40.000Z",
        "changedFrom" : "ximequispe_92",
        "changedTo" : "ximena_cacao_scr"
      }
    }
  }
]