window.YTD.lists_subscribed.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/kaimana_gasflux/lists/gas-geochem-folks"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/hilo_rockhound/lists/1541273904658104320"
    }
  }
]