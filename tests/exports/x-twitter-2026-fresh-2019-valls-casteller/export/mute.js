window.YTD.mute.part0 = [ {
  "muting" : {
    "accountId" : "917402615738298368"
  }
} ]