window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1398822714306527235",
      "screenNameChange" : {
        "changedAt" : "2022-04-27T16:31:09.000Z",
        "changedFrom" : "ines_redes",
        "changedTo" : "ines_redes_olhao"
      }
    }
  },
  {
    "screenNameChange" : {
      "accountId" : "1398822714306527235",
      "screenNameChange" : {
        "changedAt" : "2024-11-02T18:09:52.000Z",
        "changedFrom" : "ines_redes_olhao",
        "changedTo" : "inescabrita_redes"
      }
    }
  }
]