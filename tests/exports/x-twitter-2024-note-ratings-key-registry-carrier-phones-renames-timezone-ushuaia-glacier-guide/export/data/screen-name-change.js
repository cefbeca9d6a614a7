window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1487302215566028801",
      "screenNameChange" : {
        "changedAt" : "2022-06-08T19:22:13.000Z",
        "changedFrom" : "valeibarrola94",
        "changedTo" : "vale_glaciares"
      }
    }
  },
  {
    "screenNameChange" : {
      "accountId" : "1487302215566028801",
      "screenNameChange" : {
        "changedAt" : "2023-10-30T11:05:48.000Z",
        "changedFrom" : "vale_glaciares",
        "changedTo" : "vale_hielo_ush"
      }
    }
  }
]