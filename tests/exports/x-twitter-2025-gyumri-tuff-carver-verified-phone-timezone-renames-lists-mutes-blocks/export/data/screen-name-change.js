window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1620448817305518080",
      "screenNameChange" : {
        "changedAt" : "2023-06-04T09:17:44.000Z",
        "changedFrom" : "LusineHak1991",
        "changedTo" : "lusine_stone"
      }
    }
  },
  {
    "screenNameChange" : {
      "accountId" : "1620448817305518080",
      "screenNameChange" : {
        "changedAt" : "2024-11-19T18:03:21.000Z",
        "changedFrom" : "lusine_stone",
        "changedTo" : "lusine_tuff"
      }
    }
  }
]
