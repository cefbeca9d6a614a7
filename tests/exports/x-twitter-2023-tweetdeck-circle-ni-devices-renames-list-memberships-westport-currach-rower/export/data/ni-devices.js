window.YTD.ni_devices.part0 = [
  {
    "niDeviceResponse" : {
      "messagingDevice" : {
        "phoneNumber" : "+447700900418",
        "carrier" : "gb.carriername",
        "deviceType" : "Auth",
        "updatedDate" : "2023.02.11",
        "createdDate" : "2019.06.03"
      }
    }
  },
  {
    "niDeviceResponse" : {
      "messagingDevice" : {
        "phoneNumber" : "+353555014872",
        "carrier" : "ie.carriername",
        "deviceType" : "Auth",
        "updatedDate" : "2021.08.29",
        "createdDate" : "2021.08.29"
      }
    }
  }
]
