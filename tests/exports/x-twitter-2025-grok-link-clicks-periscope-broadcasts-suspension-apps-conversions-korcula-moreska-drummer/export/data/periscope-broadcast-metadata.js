window.YTD.periscope_broadcast_metadata.part0 = [
  {
    "periscopeBroadcastMetadata" : {
      "hasLocation" : true,
      "city" : "Korčula",
      "updatedAt" : "2025-09-02T04:31:17.449210386Z",
      "latitude" : "42.9612",
      "country" : "HR",
      "longitude" : "17.1369",
      "id" : "1yoKMwQdVbXGR",
      "createdAt" : "2023-07-29T19:02:40.118734902Z",
      "userId" : "1MnGzXkQaPjRw"
    }
  },
  {
    "periscopeBroadcastMetadata" : {
      "hasLocation" : false,
      "city" : "",
      "updatedAt" : "2025-09-02T04:31:17.462935510Z",
      "latitude" : "0.0",
      "country" : "",
      "longitude" : "0.0",
      "id" : "1lPKqZrNVdRxb",
      "createdAt" : "2022-08-13T18:47:05.930116844Z",
      "userId" : "1MnGzXkQaPjRw"
    }
  }
]