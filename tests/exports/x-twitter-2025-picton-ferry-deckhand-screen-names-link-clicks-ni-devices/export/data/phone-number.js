window.YTD.phone_number.part0 = [
  {
    "device" : {
      "phoneNumber" : "+64215550163"
    }
  }
]
