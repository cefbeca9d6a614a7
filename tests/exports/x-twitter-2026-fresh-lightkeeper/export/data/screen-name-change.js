window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1144244787344904192",
      "screenNameChange" : {
        "changedAt" : "2020-03-02T17:25:41.000Z",
        "changedFrom" : "wrenvandersluys",
        "changedTo" : "wren_lights"
      }
    }
  },
  {
    "screenNameChange" : {
      "accountId" : "1144244787344904192",
      "screenNameChange" : {
        "changedAt" : "2023-01-14T02:48:09.000Z",
        "changedFrom" : "wren_lights",
        "changedTo" : "wren_lightkeeper"
      }
    }
  }
]