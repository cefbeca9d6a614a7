window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1293548755743674369",
      "screenNameChange" : {
        "changedAt" : "2020-08-12T14:21:37.000Z",
        "changedFrom" : "PavithraN836154",
        "changedTo" : "pavithra_gombe"
      }
    }
  },
  {
    "screenNameChange" : {
      "accountId" : "1293548755743674369",
      "screenNameChange" : {
        "changedAt" : "2023-02-05T09:48:10.000Z",
        "changedFrom" : "pavithra_gombe",
        "changedTo" : "gombe_pavithra"
      }
    }
  }
]