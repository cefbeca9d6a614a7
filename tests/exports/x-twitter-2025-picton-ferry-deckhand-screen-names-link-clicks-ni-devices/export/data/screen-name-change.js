window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1284409716532871168",
      "screenNameChange" : {
        "changedAt" : "2021-02-14T09:31:27.000Z",
        "changedFrom" : "ngaio_rh",
        "changedTo" : "ngaio_on_deck"
      }
    }
  },
  {
    "screenNameChange" : {
      "accountId" : "1284409716532871168",
      "screenNameChange" : {
        "changedAt" : "2024-08-03T22:07:54.000Z",
        "changedFrom" : "ngaio_on_deck",
        "changedTo" : "NgaioSoundsFerry"
      }
    }
  }
]
