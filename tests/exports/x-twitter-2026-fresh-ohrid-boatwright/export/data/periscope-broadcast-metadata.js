window.YTD.periscope_broadcast_metadata.part0 = [
  {
    "periscopeBroadcastMetadata" : {
      "hasLocation" : true,
      "city" : "Ohrid",
      "updatedAt" : "2026-11-30T03:12:44.901238117Z",
      "latitude" : "41.1126",
      "country" : "MK",
      "longitude" : "20.8019",
      "id" : "1YpJkLnDqRwxB",
      "createdAt" : "2026-06-14T07:41:05.338410922Z",
      "userId" : "1eaJkPwRbzmXq"
    }
  }
]