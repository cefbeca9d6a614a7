window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1389000000000000004",
      "screenNameChange" : {
        "changedAt" : "2020-09-04T10:41:09.000Z",
        "changedFrom" : "marisol_q_1990",
        "changedTo" : "mquintero_ex"
      }
    }
  }
]