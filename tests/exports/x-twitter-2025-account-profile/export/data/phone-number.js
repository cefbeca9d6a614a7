window.YTD.phone_number.part0 = [
  {
    "device" : {
      "phoneNumber" : "+442079460392"
    }
  }
]