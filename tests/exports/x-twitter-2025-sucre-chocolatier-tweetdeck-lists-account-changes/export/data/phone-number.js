window.YTD.phone_number.part0 = [
  {
    "device" : {
      "phoneNumber" : "+59171555038"
    }
  }
]