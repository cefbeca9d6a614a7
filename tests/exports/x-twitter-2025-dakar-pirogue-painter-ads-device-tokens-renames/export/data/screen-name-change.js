window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1298417730164293633",
      "screenNameChange" : {
        "changedAt" : "2022-02-09T14:27:03.000Z",
        "changedFrom" : "AissatouNdiay14",
        "changedTo" : "aissa_pirogues"
      }
    }
  }
]