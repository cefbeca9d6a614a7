window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1116763755830133529",
      "screenNameChange" : {
        "changedAt" : "2019-04-12T18:09:51.000Z",
        "changedFrom" : "WhitbyT58214907",
        "changedTo" : "whitby_tides"
      }
    }
  },
  {
    "screenNameChange" : {
      "accountId" : "1116763755830133529",
      "screenNameChange" : {
        "changedAt" : "2023-06-02T19:52:33.000Z",
        "changedFrom" : "whitby_tides",
        "changedTo" : "WhitbyTideBot"
      }
    }
  }
]