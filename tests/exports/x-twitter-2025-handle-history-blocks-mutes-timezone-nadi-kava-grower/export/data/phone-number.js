window.YTD.phone_number.part0 = [
  {
    "device" : {
      "phoneNumber" : "+6795550143"
    }
  }
]
